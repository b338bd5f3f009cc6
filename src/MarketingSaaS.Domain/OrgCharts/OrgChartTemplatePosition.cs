namespace MarketingSaaS.OrgCharts;

/// <summary>A position of a default org chart, in one unit, possibly its head, with collaborators by key.</summary>
public sealed record OrgChartTemplatePosition(
    string Key,
    string UnitKey,
    bool IsHead,
    string NameZh,
    string NameEn,
    string DutiesZh,
    string DutiesEn,
    params string[] CollaboratorKeys);
