using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Processes;

public sealed class ProvideDeliverableDto
{
    [StringLength(ProcessConsts.MaxNoteLength)]
    public string? Note { get; set; }

    [StringLength(ProcessConsts.MaxLinkLength)]
    public string? Link { get; set; }
}
