using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Expenses;

/// <summary>Only the note changes; a cost entered wrongly is deleted and entered again (unless it is in the budget already).</summary>
public sealed class UpdateEventExpenseDto
{
    [StringLength(EventExpenseConsts.MaxNoteLength)]
    public string? Note { get; set; }

    [Required]
    public string? ConcurrencyStamp { get; set; }
}
