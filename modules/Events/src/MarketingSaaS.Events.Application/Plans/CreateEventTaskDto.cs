using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Events.Plans;

public class CreateEventTaskDto
{
    [Required]
    [StringLength(EventPlanConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    /// <summary>A calendar day in the company's time zone.</summary>
    [Required]
    public DateOnly? StartDate { get; set; }

    /// <summary>On or after <see cref="StartDate"/>.</summary>
    [Required]
    public DateOnly? EndDate { get; set; }

    /// <summary>At most one Responsible and one Accountable; both may be left empty while planning.</summary>
    [MaxLength(EventPlanConsts.MaxRaciEntries)]
    public List<RaciEntryInput> Raci { get; set; } = [];
}
