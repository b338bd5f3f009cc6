using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.TextTemplating;
using MarketingSaaS.Framework.Uow;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.TextTemplates;

/// <summary>A company's view of the templates: defaults, its own overrides per culture, previews with each template's sample data.</summary>
public sealed class TextTemplateAppService(
    TemplateDefinitionManager definitions,
    TemplateContentProvider contents,
    ITemplateRenderer renderer,
    ITextTemplateOverrideRepository overrides,
    IStringLocalizer localizer,
    IFeatureChecker features,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : ITextTemplateAppService
{
    public async Task<IReadOnlyList<TextTemplateDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var overridden = (await overrides.GetListAsync(cancellationToken: cancellationToken)).ToLookup(o => o.Name, o => o.Culture);
        var list = new List<TextTemplateDto>();
        foreach (var d in definitions.All.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (await IsAvailableAsync(d, cancellationToken))
            {
                list.Add(new TextTemplateDto(d.Name, localizer[d.DisplayNameKey], d.IsLayout, d.Layout, [.. overridden[d.Name]]));
            }
        }

        return list;
    }

    public async Task<TextTemplateContentDto> GetContentAsync(string name, string culture, CancellationToken cancellationToken = default)
    {
        var definition = await GetAvailableAsync(name, cancellationToken);
        CheckCulture(culture);
        return ToDto(definition, culture, await overrides.FindAsync(name, culture, cancellationToken));
    }

    public async Task<TextTemplateContentDto> UpdateContentAsync(string name, string culture, UpdateTextTemplateContentDto input, CancellationToken cancellationToken = default)
    {
        var definition = await GetAvailableAsync(name, cancellationToken);
        CheckCulture(culture);
        AsContentError(() => renderer.CheckSyntax(name, input.Content));
        var current = await overrides.FindAsync(name, culture, cancellationToken);
        if (current is null)
        {
            current = new TextTemplateOverride(SequentialGuid.Create(), name, culture, input.Content, clock.GetUtcNow());
            await overrides.InsertAsync(current, cancellationToken);
        }
        else
        {
            current.Change(input.Content, clock.GetUtcNow());
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(definition, culture, current);
    }

    public async Task<TextTemplateContentDto> ResetAsync(string name, string culture, CancellationToken cancellationToken = default)
    {
        var definition = await GetAvailableAsync(name, cancellationToken);
        CheckCulture(culture);
        if (await overrides.FindAsync(name, culture, cancellationToken) is { } current)
        {
            await overrides.DeleteAsync(current, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return ToDto(definition, culture, null);
    }

    public async Task<TextTemplatePreviewDto> PreviewAsync(string name, string culture, PreviewTextTemplateDto input, CancellationToken cancellationToken = default)
    {
        var definition = await GetAvailableAsync(name, cancellationToken);
        CheckCulture(culture);
        if (input.Content is null)
        {
            var current = await contents.GetCurrentAsync(definition, culture, cancellationToken);
            return new TextTemplatePreviewDto(name, culture, await renderer.RenderContentAsync(name, current, definition.SampleModel(), culture, cancellationToken));
        }

        try
        {
            return new TextTemplatePreviewDto(name, culture, await renderer.RenderContentAsync(name, input.Content, definition.SampleModel(), culture, cancellationToken));
        }
        catch (BusinessException e) when (IsContentError(e))
        {
            throw ContentError(e);
        }
    }

    /// <summary>A switched-off module's template is as unknown as a misspelt name (404).</summary>
    private async Task<TemplateDefinition> GetAvailableAsync(string name, CancellationToken cancellationToken)
    {
        var definition = definitions.Get(name);
        return await IsAvailableAsync(definition, cancellationToken) ? definition : throw TemplateDefinitionManager.NotFound(name);
    }

    private Task<bool> IsAvailableAsync(TemplateDefinition definition, CancellationToken cancellationToken) =>
        features.IsEnabledOrUngatedAsync(definition.RequiredFeature, cancellationToken);

    private TextTemplateContentDto ToDto(TemplateDefinition definition, string culture, TextTemplateOverride? current)
    {
        var defaultContent = contents.GetDefault(definition, culture);
        return new TextTemplateContentDto(definition.Name, culture, defaultContent, current?.Content ?? defaultContent, current is not null);
    }

    /// <summary>An error in a text the client sent is a 400 on <c>content</c> whose data carries line and column.</summary>
    private static void AsContentError(Action check)
    {
        try
        {
            check();
        }
        catch (BusinessException e) when (IsContentError(e))
        {
            throw ContentError(e);
        }
    }

    private static bool IsContentError(BusinessException e) =>
        e.Code is TextTemplatingErrorCodes.TemplateSyntaxError or TextTemplatingErrorCodes.TemplateRenderError;

    private static FieldValidationException ContentError(BusinessException e) =>
        new(new Dictionary<string, FieldError[]>
        {
            ["content"] =
            [
                new FieldError(TextTemplatingErrorCodes.TemplateContentError, new Dictionary<string, object?>
                {
                    ["line"] = Number(e.Details.GetValueOrDefault("line")),
                    ["column"] = Number(e.Details.GetValueOrDefault("column")),
                    ["error"] = e.Details.GetValueOrDefault("error"),
                }),
            ],
        });

    /// <summary>The renderer's position as a number, or "?" when it is unknown.</summary>
    private static object Number(object? value) =>
        int.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : "?";

    private static void CheckCulture(string culture)
    {
        if (!TemplateCultures.IsSupported(culture))
        {
            throw new FieldValidationException("culture", TextTemplateErrorCodes.UnsupportedCulture);
        }
    }
}
