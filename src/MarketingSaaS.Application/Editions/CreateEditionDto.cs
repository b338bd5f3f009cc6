using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Editions;

public sealed class CreateEditionDto
{
    [Required, StringLength(EditionConsts.MaxNameLength)]
    public string Name { get; set; } = "";
}
