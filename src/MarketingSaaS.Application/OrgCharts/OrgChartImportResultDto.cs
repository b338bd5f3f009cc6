namespace MarketingSaaS.OrgCharts;

public sealed record OrgChartImportResultDto(int UnitsCreated, int PositionsCreated, int PositionsUpdated);
