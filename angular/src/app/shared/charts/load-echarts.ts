/** ECharts is loaded on demand (its own chunk) the first time a chart shows: it stays out of every page bundle. */
export const loadEcharts = () => import('./echarts-setup').then((m) => m.default);
