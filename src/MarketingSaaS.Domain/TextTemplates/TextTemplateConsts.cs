namespace MarketingSaaS.TextTemplates;

public static class TextTemplateConsts
{
    public const int MaxNameLength = 128;
    public const int MaxCultureLength = 16;
    public const int MaxContentLength = 65_536;
}
