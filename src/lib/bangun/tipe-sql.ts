/**
 * DuckDB SQL that reads a whole-dataset CSV partition typed by its Table Schema — the one typing rule of the
 * Parquet the build writes (./parquet.ts) and of the tables the SQL page loads in the browser from the same CSV
 * (src/components/kueri/mesin.ts), so both hold the same values with the same types. Pure: no engine imports.
 */
import type { Column, ColumnType } from '../ekspor/tabel.ts';

export const NUMBER_SCALE = 10;
export const PARQUET_TYPE: Record<ColumnType, string> = {
  string: 'VARCHAR',
  number: `DECIMAL(38,${NUMBER_SCALE})`,
  integer: 'BIGINT',
  year: 'INTEGER',
  boolean: 'BOOLEAN',
};

/** The column facts the typing needs (a Table Schema field). */
export type TypedColumn = Pick<Column, 'name' | 'type'>;

export const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One column of the SELECT that types a CSV column (read as text) the way its schema says. */
function typed(column: TypedColumn, file: string): string {
  const c = ident(column.name);
  const where = sqlString(`${file}: ${column.name}`);
  switch (column.type) {
    case 'string':
      return c;
    case 'boolean':
      return `CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} = 'ya' THEN true WHEN ${c} = 'tidak' THEN false ELSE error(${where} || ': not ya/tidak: ' || ${c}) END AS ${c}`;
    case 'number':
      // DuckDB would round a longer fraction silently; the file must hold exactly what the CSV says.
      return `CASE WHEN length(regexp_extract(${c}, '\\.([0-9]*)$', 1)) > ${NUMBER_SCALE} THEN error(${where} || ': more than ${NUMBER_SCALE} decimals: ' || ${c}) ELSE CAST(${c} AS ${PARQUET_TYPE.number}) END AS ${c}`;
    default:
      return `CAST(${c} AS ${PARQUET_TYPE[column.type]}) AS ${c}`;
  }
}

/**
 * `SELECT <typed columns> FROM read_csv(<files>)`: every column read as text first (no type sniffing), then typed.
 * `label` names the file(s) in an error message.
 */
export function typedCsvSelect(columns: readonly TypedColumn[], files: readonly string[], label: string): string {
  const asText = columns.map((c) => `${sqlString(c.name)}: 'VARCHAR'`).join(', ');
  const list = files.length === 1 ? sqlString(files[0]!) : `[${files.map(sqlString).join(', ')}]`;
  const read = `read_csv(${list}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${asText}})`;
  const select = columns.map((c) => typed(c, label)).join(', ');
  return `SELECT ${select} FROM ${read}`;
}
