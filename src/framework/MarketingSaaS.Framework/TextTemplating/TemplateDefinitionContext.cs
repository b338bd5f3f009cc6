using System.Reflection;

namespace MarketingSaaS.Framework.TextTemplating;

public sealed class TemplateDefinitionContext
{
    private readonly List<TemplateDefinition> _templates = [];

    public IReadOnlyList<TemplateDefinition> Templates => _templates;

    public TemplateDefinition Add(string name, Assembly resourceAssembly, Func<object?> sampleModel, string? layout = null, bool isLayout = false)
    {
        var template = new TemplateDefinition(name, resourceAssembly, layout, isLayout, sampleModel);
        _templates.Add(template);
        return template;
    }
}
