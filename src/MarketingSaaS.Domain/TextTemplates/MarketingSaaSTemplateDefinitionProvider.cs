using MarketingSaaS.Framework.TextTemplating;

namespace MarketingSaaS.TextTemplates;

/// <summary>The platform's templates; texts under Templates/{name}/{en,zh-Hans}.hbs in this assembly.</summary>
public sealed class MarketingSaaSTemplateDefinitionProvider : TemplateDefinitionProvider
{
    public override void Define(TemplateDefinitionContext context)
    {
        var assembly = typeof(MarketingSaaSTemplateDefinitionProvider).Assembly;
        context.Add(MarketingSaaSTemplateNames.EmailLayout, assembly, () => new Dictionary<string, object?> { ["body"] = "…", ["model"] = NotificationEmailModel.Sample() }, isLayout: true);
        context.Add(MarketingSaaSTemplateNames.NotificationEmail, assembly, NotificationEmailModel.Sample, layout: MarketingSaaSTemplateNames.EmailLayout);
        context.Add(MarketingSaaSTemplateNames.PasswordResetEmail, assembly, PasswordResetEmailModel.Sample);
        context.Add(MarketingSaaSTemplateNames.InvitationEmail, assembly, InvitationEmailModel.Sample);
        context.Add(MarketingSaaSTemplateNames.MarketResearchPlan, assembly, DeliverableSkeletonModel.Sample).AsDocument();
    }
}
