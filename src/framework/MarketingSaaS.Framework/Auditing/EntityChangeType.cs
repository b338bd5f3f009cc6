namespace MarketingSaaS.Framework.Auditing;

public enum EntityChangeType
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}
