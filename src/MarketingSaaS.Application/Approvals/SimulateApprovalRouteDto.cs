using MarketingSaaS.Approvals.BusinessTypes;
using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Approvals;

/// <summary>"Who would approve this?" — the requester defaults to the caller.</summary>
public sealed class SimulateApprovalRouteDto
{
    /// <summary>A registered business type, e.g. <c>Expense</c> or <c>Events.Event</c>.</summary>
    [Required, StringLength(ApprovalBusinessTypeConsts.MaxNameLength)]
    public string BusinessType { get; set; } = "";

    [Range(typeof(decimal), "0", "1000000000000")]
    [Money(nameof(Currency))]
    public decimal Amount { get; set; }

    [Required, RegularExpression("^[A-Za-z]{3}$")]
    public string Currency { get; set; } = "CNY";

    public RiskTier RiskTier { get; set; }

    public bool IsSpecial { get; set; }

    public Guid? RequesterUserId { get; set; }

    public Guid? RequesterUnitId { get; set; }
}
