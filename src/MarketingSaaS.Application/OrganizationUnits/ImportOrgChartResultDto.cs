namespace MarketingSaaS.OrganizationUnits;

public sealed record ImportOrgChartResultDto(int Units, int Positions);
