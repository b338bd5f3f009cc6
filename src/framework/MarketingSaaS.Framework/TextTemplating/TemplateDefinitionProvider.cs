namespace MarketingSaaS.Framework.TextTemplating;

public abstract class TemplateDefinitionProvider
{
    public abstract void Define(TemplateDefinitionContext context);
}
