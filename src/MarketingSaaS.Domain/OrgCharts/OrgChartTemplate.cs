namespace MarketingSaaS.OrgCharts;

public sealed record OrgChartTemplate(string Name, IReadOnlyList<OrgChartTemplateUnit> Units, IReadOnlyList<OrgChartTemplatePosition> Positions);
