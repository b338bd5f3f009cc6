using MarketingSaaS.Dtos;

namespace MarketingSaaS.Events.EventTemplates;

public sealed class GetEventTemplateListInput : PagedInput;
