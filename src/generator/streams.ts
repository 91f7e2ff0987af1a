/** The first id of every random stream, so no two parts of the world share numbers. */
export const STREAM = {
  shared: 1,
  front: 2,
  cell: 3,
} as const;
