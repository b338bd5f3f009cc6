using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.TextTemplates;

/// <summary>Without <see cref="Content"/> the text in use is previewed; with it, an unsaved edit.</summary>
public sealed class PreviewTextTemplateDto
{
    [StringLength(TextTemplateConsts.MaxContentLength)]
    public string? Content { get; set; }
}
