package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Names and ids come from the profile cache without a transaction (no transaction interceptor on a call made per
 * list row or page; a cache miss reads through the repository's own transaction); the lookups of whole staff
 * records read in a read-only transaction.
 */
@Component
class StaffDirectoryImpl implements StaffDirectory {

    private final StaffRepository staff;
    private final StaffProfileCache profiles;

    StaffDirectoryImpl(StaffRepository staff, StaffProfileCache profiles) {
        this.staff = staff;
        this.profiles = profiles;
    }

    @Override
    public String displayName(String username) {
        return profiles.get(username).map(StaffProfileCache.Profile::displayName).orElse(username);
    }

    @Override
    public Optional<String> displayName(long id) {
        return profiles.get(id).map(StaffProfileCache.Profile::displayName);
    }

    @Override
    public Optional<Long> idOf(String username) {
        return profiles.get(username).map(StaffProfileCache.Profile::id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffContact> find(String username) {
        return staff.findByUsername(username).map(StaffDirectoryImpl::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffContact> find(long id) {
        return staff.findById(id).map(StaffDirectoryImpl::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffContact> withRole(Role role) {
        return staff.findEnabledByRole(role).stream().map(StaffDirectoryImpl::contact).toList();
    }

    private static StaffContact contact(StaffMember m) {
        return new StaffContact(m.getId(), m.getUsername(), m.getDisplayName(), m.getEmail(), m.getLanguage(),
                m.getTimeZone(), m.getRoles(), m.isEnabled());
    }
}
