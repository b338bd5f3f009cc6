namespace MarketingSaaS.TextTemplates;

public interface ITextTemplateAppService
{
    Task<IReadOnlyList<TextTemplateDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<TextTemplateContentDto> GetContentAsync(string name, string culture, CancellationToken cancellationToken = default);

    Task<TextTemplateContentDto> UpdateContentAsync(string name, string culture, UpdateTextTemplateContentDto input, CancellationToken cancellationToken = default);

    Task<TextTemplateContentDto> ResetAsync(string name, string culture, CancellationToken cancellationToken = default);

    Task<TextTemplatePreviewDto> PreviewAsync(string name, string culture, PreviewTextTemplateDto input, CancellationToken cancellationToken = default);
}
