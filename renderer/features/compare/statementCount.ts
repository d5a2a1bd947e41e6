// One formatter for every count on the screen: toLocaleString builds a new one at each call.
const counts = new Intl.NumberFormat('en');

/** "18,292". */
export const formatCount = (n: number) => counts.format(n);

/** "1 statement", "18,292 statements". */
export const statementCount = (n: number) => `${formatCount(n)} ${n === 1 ? 'statement' : 'statements'}`;
