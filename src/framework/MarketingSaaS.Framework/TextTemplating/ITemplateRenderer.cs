namespace MarketingSaaS.Framework.TextTemplating;

public interface ITemplateRenderer
{
    /// <summary>Renders the tenant's text of the template (its override, else the default) in <paramref name="culture"/> (default: the UI culture).</summary>
    Task<string> RenderAsync(string name, object? model, string? culture = null, CancellationToken cancellationToken = default);

    /// <summary>Renders <paramref name="content"/> as if it were the template's text (previews of unsaved edits).</summary>
    Task<string> RenderContentAsync(string name, string content, object? model, string? culture = null, CancellationToken cancellationToken = default);

    /// <summary>Throws a 422 naming the line when <paramref name="content"/> does not compile.</summary>
    void CheckSyntax(string name, string content);
}
