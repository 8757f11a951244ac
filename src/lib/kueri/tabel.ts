/**
 * What the SQL page offers: one table per whole-dataset table that has rows, over its Parquet partitions, with
 * its columns as DuckDB sees them (the Parquet types of src/lib/bangun/parquet.ts) and as the data dictionary
 * describes them.
 */
import type { Bilingual, Column } from '../ekspor/tabel.ts';
import { PARQUET_TYPE } from '../bangun/tipe-sql.ts';
import { parquetPathOf, type Partition } from '../bangun/partisi.ts';
import type { QuerySource } from './sql.ts';

export interface QueryColumn {
  name: string;
  /** DuckDB type of the column in the Parquet (`VARCHAR`, `DECIMAL(38,10)`, …). */
  type: string;
  description: Bilingual;
}

export interface QueryTable {
  name: string;
  title: Bilingual;
  description: Bilingual;
  rows: number;
  /** What the engines read: partitions and the columns' schema types. */
  source: QuerySource;
  /** The columns as shown on the page. */
  columns: QueryColumn[];
}

export interface TableDefinition {
  title: Bilingual;
  description: Bilingual;
  columns: readonly Column[];
}

/** Tables in `order` that have partitions, each over its partitions' Parquet files in path order. */
export function queryTables(
  order: readonly string[],
  definitions: Readonly<Record<string, TableDefinition>>,
  partitions: readonly Partition[],
): QueryTable[] {
  return order.flatMap((name) => {
    const parts = partitions
      .filter((p) => p.table === name)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const definition = definitions[name];
    if (parts.length === 0 || !definition) return [];
    return [
      {
        name,
        title: definition.title,
        description: definition.description,
        rows: parts.reduce((n, p) => n + p.rows, 0),
        source: {
          name,
          csv: parts.map((p) => p.path),
          parquet: parts.map((p) => parquetPathOf(p.path)),
          columns: definition.columns.map(({ name: column, type }) => ({ name: column, type })),
        },
        columns: definition.columns.map((c) => ({
          name: c.name,
          type: PARQUET_TYPE[c.type],
          description: c.description,
        })),
      },
    ];
  });
}
