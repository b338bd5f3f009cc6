using MarketingSaaS.Events.Registrations;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.TextTemplates;

namespace MarketingSaaS.Events.TextTemplates;

/// <summary>The module's templates; texts under Templates/{name}/{en,zh-Hans}.hbs in this assembly. Companies can override them while the module is on.</summary>
public sealed class EventsTemplateDefinitionProvider : TemplateDefinitionProvider
{
    public override void Define(TemplateDefinitionContext context)
    {
        var assembly = typeof(EventsTemplateDefinitionProvider).Assembly;
        context.Add(EventsTemplateNames.RegistrationEmail, assembly, RegistrationEmailModel.Sample)
            .RequireFeature(EventsFeatures.Enable);
        context.Add(EventsTemplateNames.EventPlan, assembly, DeliverableSkeletonModel.Sample)
            .AsDocument()
            .RequireFeature(EventsFeatures.Enable);
    }
}
