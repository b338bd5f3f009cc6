using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.TextTemplates;

public sealed class UpdateTextTemplateContentDto
{
    [Required]
    [StringLength(TextTemplateConsts.MaxContentLength, MinimumLength = 1)]
    public string Content { get; set; } = "";
}
