using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.OrgCharts;

/// <summary>A unit of a default org chart; <see cref="Key"/> links positions and children to it.</summary>
public sealed record OrgChartTemplateUnit(string Key, string? ParentKey, OrganizationUnitKind Kind, string NameZh, string NameEn);
