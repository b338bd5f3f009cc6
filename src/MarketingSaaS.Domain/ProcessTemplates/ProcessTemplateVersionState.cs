namespace MarketingSaaS.ProcessTemplates;

public enum ProcessTemplateVersionState
{
    Draft = 0,
    Published = 1,
}
