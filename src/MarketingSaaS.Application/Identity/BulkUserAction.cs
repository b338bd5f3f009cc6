namespace MarketingSaaS.Identity;

public enum BulkUserAction
{
    Lock,
    Unlock,
    AddRole,
    RemoveRole,
}
