namespace MarketingSaaS.TextTemplates;

public static class TextTemplateErrorCodes
{
    public const string UnsupportedCulture = "MarketingSaaS:UnsupportedTemplateCulture";
    public const string NoDocumentTemplate = "MarketingSaaS:NoDocumentTemplate";
    public const string TemplateNotADocument = "MarketingSaaS:TemplateNotADocument";
}
