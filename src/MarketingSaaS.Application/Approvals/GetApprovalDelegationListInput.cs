using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Approvals;

public sealed class GetApprovalDelegationListInput
{
    public const string Mine = "mine";
    public const string All = "all";

    /// <summary>"mine" (given and received, the default) or "all" (needs Approvals.Delegations).</summary>
    [RegularExpression("^(mine|all)$")]
    public string? View { get; set; }
}
