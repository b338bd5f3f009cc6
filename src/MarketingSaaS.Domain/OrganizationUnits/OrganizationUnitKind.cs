namespace MarketingSaaS.OrganizationUnits;

public enum OrganizationUnitKind
{
    Department = 0,
    Group = 1,
}
