namespace MarketingSaaS.Framework.TextTemplating;

public static class TextTemplatingErrorCodes
{
    public const string TemplateNotFound = "Framework:TemplateNotFound";

    /// <summary>The template text does not parse; data: template, line, error.</summary>
    public const string TemplateSyntaxError = "Framework:TemplateSyntaxError";

    /// <summary>The template parses but fails while rendering (e.g. a missing partial); data: template, line, error.</summary>
    public const string TemplateRenderError = "Framework:TemplateRenderError";

    /// <summary>A field error on a template text sent by the client; data: line, column (1-based, "?" when unknown), error.</summary>
    public const string TemplateContentError = "Framework:TemplateContentError";
}
