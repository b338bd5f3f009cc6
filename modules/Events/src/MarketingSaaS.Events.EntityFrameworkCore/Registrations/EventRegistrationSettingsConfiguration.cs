using MarketingSaaS.Events.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Registrations;

internal sealed class EventRegistrationSettingsConfiguration : IEntityTypeConfiguration<EventRegistrationSettings>
{
    public void Configure(EntityTypeBuilder<EventRegistrationSettings> builder)
    {
        builder.ToTable("EventRegistrationSettings");
        builder.Ignore(s => s.EventId);
        builder.Ignore(s => s.SeatsLeft);
    }
}
