namespace MarketingSaaS.Events.MarketingEvents;

public enum MarketingEventType
{
    Advertising = 0,
    PublicRelations = 1,
    Exhibition = 2,
    TechnicalExchange = 3,
    OnlineLiveStream = 4,
    OfflineSalon = 5,
    Other = 6,
}
