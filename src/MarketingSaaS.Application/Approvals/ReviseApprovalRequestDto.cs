using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Approvals;

/// <summary>The requester's fields, also sent again when resubmitting a returned request.</summary>
public class ReviseApprovalRequestDto
{
    [Required, StringLength(ApprovalRequestConsts.MaxTitleLength)]
    public string Title { get; set; } = "";

    [Range(typeof(decimal), "0", "1000000000000")]
    [Money(nameof(Currency))]
    public decimal Amount { get; set; }

    [Required, RegularExpression("^[A-Za-z]{3}$")]
    public string Currency { get; set; } = "CNY";

    public RiskTier RiskTier { get; set; }

    public bool IsSpecial { get; set; }

    public Guid? RequesterUnitId { get; set; }

    /// <summary>The reason (for an expense) or any description the approvers should read; optional.</summary>
    [StringLength(ApprovalRequestConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    /// <summary>The budget category the amount is spent from; approval then commits it. None: no budget involved.</summary>
    public Budgets.BudgetCategory? BudgetCategory { get; set; }

    /// <summary>The unit whose budget pays; the requester's unit when omitted.</summary>
    public Guid? BudgetUnitId { get; set; }
}
