namespace MarketingSaaS.ProcessTemplates;

/// <summary>An output a step must or may produce (输出成果), e.g. 《市场调研方案》.</summary>
public sealed class DeliverableDefinition
{
    public string Name { get; set; } = "";

    public bool IsRequired { get; set; }

    public string? DocumentTemplateName { get; set; }
}
