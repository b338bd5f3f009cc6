using System.Reflection;

namespace MarketingSaaS.Framework.TextTemplating;

/// <summary>
/// A text template of a module. Its default texts are embedded in <see cref="ResourceAssembly"/> as
/// <c>Templates/{Name}/{culture}.hbs</c>; its display name is the localization key <see cref="DisplayNameKey"/>.
/// A template with a <see cref="Layout"/> is rendered first and then placed into the layout as <c>{{{body}}}</c>.
/// </summary>
public sealed class TemplateDefinition(string name, Assembly resourceAssembly, string? layout, bool isLayout, Func<object?> sampleModel)
{
    public string Name { get; } = name;

    public Assembly ResourceAssembly { get; } = resourceAssembly;

    public string? Layout { get; } = layout;

    public bool IsLayout { get; } = isLayout;

    /// <summary>Data for previews; a new instance on each call.</summary>
    public Func<object?> SampleModel { get; } = sampleModel;

    public string DisplayNameKey => "TextTemplate:" + Name;

    /// <summary>A module's template: listed and editable only while this feature (the module switch) is on for the company.</summary>
    public string? RequiredFeature { get; private set; }

    /// <summary>A document skeleton (e.g. 《市场活动策划书》): a process deliverable may name it and download it rendered.</summary>
    public bool IsDocument { get; private set; }

    public TemplateDefinition AsDocument()
    {
        IsDocument = true;
        return this;
    }

    public TemplateDefinition RequireFeature(string featureName)
    {
        RequiredFeature = featureName;
        return this;
    }
}
