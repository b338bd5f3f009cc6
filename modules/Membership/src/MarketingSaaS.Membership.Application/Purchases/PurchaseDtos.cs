using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Membership.Purchases;

/// <summary>A purchase; <see cref="PurchasedAt"/> is UTC (the portal shows it in the company's time zone).</summary>
public sealed record PurchaseDto(
    Guid Id,
    Guid MemberId,
    DateTimeOffset PurchasedAt,
    decimal Amount,
    string Currency,
    string? Category,
    string? OrderNumber,
    decimal RefundedAmount,
    decimal RemainingAmount,
    DateTimeOffset CreationTime);

public sealed record RefundDto(Guid Id, Guid PurchaseId, Guid MemberId, DateTimeOffset RefundedAt, decimal Amount, string Currency, string? Reason);

/// <summary>A purchase in the company currency (setting Platform.Currency).</summary>
public sealed class RecordPurchaseDto
{
    [Required]
    public DateTimeOffset? PurchasedAt { get; set; }

    [Range(typeof(decimal), "0.01", "9999999999999999", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    [Money]
    public decimal Amount { get; set; }

    [StringLength(PurchaseConsts.MaxCategoryLength)]
    public string? Category { get; set; }

    [StringLength(PurchaseConsts.MaxOrderNumberLength)]
    public string? OrderNumber { get; set; }
}

public sealed class RecordRefundDto
{
    [Range(typeof(decimal), "0.01", "9999999999999999", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    [Money]
    public decimal Amount { get; set; }

    [StringLength(PurchaseConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}

public sealed class GetPurchaseListInput : PagedInput;
