using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.TextTemplating;

namespace MarketingSaaS.Events.TextTemplates;

/// <summary>The module's templates; texts under Templates/{name}/{en,zh-Hans}.hbs in this assembly. Companies can override them while the module is on.</summary>
public sealed class EventsTemplateDefinitionProvider : TemplateDefinitionProvider
{
    public override void Define(TemplateDefinitionContext context)
    {
        context.Add(EventsTemplateNames.RegistrationEmail, typeof(EventsTemplateDefinitionProvider).Assembly, RegistrationEmailModel.Sample)
            .RequireFeature(EventsFeatures.Enable);
    }
}
