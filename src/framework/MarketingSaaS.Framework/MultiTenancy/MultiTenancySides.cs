namespace MarketingSaaS.Framework.MultiTenancy;

[Flags]
public enum MultiTenancySides
{
    Tenant = 1,
    Host = 2,
    Both = Tenant | Host,
}
