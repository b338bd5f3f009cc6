using MarketingSaaS.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Calendars;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.Property(d => d.Name).HasMaxLength(CalendarDayConsts.MaxNameLength).IsRequired();
        builder.HasIndex(d => new { d.TenantId, d.Date }).IsUnique();
    }
}
