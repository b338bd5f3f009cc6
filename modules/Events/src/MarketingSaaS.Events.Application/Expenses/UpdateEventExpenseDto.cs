using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Events.Expenses;

/// <summary>A correction: the note and, when given, the amount (also corrected in the platform budget when recorded there).</summary>
public sealed class UpdateEventExpenseDto
{
    /// <summary>Null keeps the amount.</summary>
    [Money]
    public decimal? Amount { get; set; }

    [StringLength(EventExpenseConsts.MaxNoteLength)]
    public string? Note { get; set; }

    [Required]
    public string? ConcurrencyStamp { get; set; }
}
