using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateBudgetLineConfiguration : IEntityTypeConfiguration<EventTemplateBudgetLine>
{
    public void Configure(EntityTypeBuilder<EventTemplateBudgetLine> builder)
    {
        builder.ToTable("EventTemplateBudgetLines");
        builder.Property(l => l.Category).HasMaxLength(MarketingEventConsts.MaxBudgetCategoryLength).IsRequired();
        builder.Property(l => l.Currency).HasMaxLength(MarketingEventConsts.CurrencyLength).IsRequired();
        builder.Property(l => l.Amount).HasPrecision(MarketingEventConsts.AmountPrecision, MarketingEventConsts.AmountScale);
    }
}
