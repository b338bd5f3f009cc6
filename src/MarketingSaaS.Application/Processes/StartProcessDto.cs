using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Processes;

public sealed class StartProcessDto
{
    public Guid TemplateId { get; set; }

    [Required, StringLength(ProcessConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>First day of the process in the company's calendar; a weekend moves to the next Monday.</summary>
    public DateOnly StartDate { get; set; }
}
