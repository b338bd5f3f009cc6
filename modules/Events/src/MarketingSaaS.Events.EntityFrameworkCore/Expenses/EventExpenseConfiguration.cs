using MarketingSaaS.Events.Expenses;
using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Expenses;

internal sealed class EventExpenseConfiguration : IEntityTypeConfiguration<EventExpense>
{
    public void Configure(EntityTypeBuilder<EventExpense> builder)
    {
        builder.ToTable("EventExpenses");
        builder.Property(e => e.Amount).HasPrecision(MarketingEventConsts.AmountPrecision, MarketingEventConsts.AmountScale);
        builder.Property(e => e.Currency).HasMaxLength(MarketingEventConsts.CurrencyLength).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(EventExpenseConsts.MaxNoteLength);
        builder.HasIndex(e => new { e.TenantId, e.MarketingEventId });
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(e => e.MarketingEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
