namespace MarketingSaaS.Approvals;

/// <summary>What route resolution needs of an organization unit.</summary>
public sealed record OrgChartUnit(Guid Id, Guid? ParentId, string Code, Guid? HeadPositionId);
