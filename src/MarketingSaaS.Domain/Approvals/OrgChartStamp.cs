using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>
/// One row per company: a new random stamp whenever a unit, position, position unit or holder changes, written in the
/// same transaction as the change. Host processes cache the org chart snapshot under the stamp they read.
/// </summary>
[DisableAuditing]
public sealed class OrgChartStamp : IMultiTenant
{
    private OrgChartStamp() { }

    public OrgChartStamp(Guid tenantId)
    {
        TenantId = tenantId;
        Renew();
    }

    public Guid TenantId { get; private set; }

    public Guid Stamp { get; private set; }

    public void Renew() => Stamp = Guid.NewGuid();
}
