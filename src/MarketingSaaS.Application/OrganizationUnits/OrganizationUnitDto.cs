using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.OrganizationUnits;

public sealed record OrganizationUnitDto(
    Guid Id,
    Guid? ParentId,
    string Code,
    string DisplayName,
    OrganizationUnitKind Kind,
    Guid? HeadPositionId,
    string ConcurrencyStamp);
