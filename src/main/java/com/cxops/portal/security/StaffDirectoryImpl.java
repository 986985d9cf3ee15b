package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Component
@Transactional(readOnly = true)
class StaffDirectoryImpl implements StaffDirectory {

    private final StaffRepository staff;
    private final StaffProfileCache profiles;

    StaffDirectoryImpl(StaffRepository staff, StaffProfileCache profiles) {
        this.staff = staff;
        this.profiles = profiles;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public String displayName(String username) {
        return profiles.get(username).map(StaffProfileCache.Profile::displayName).orElse(username);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> displayName(long id) {
        return profiles.get(id).map(StaffProfileCache.Profile::displayName);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Long> idOf(String username) {
        return profiles.get(username).map(StaffProfileCache.Profile::id);
    }

    @Override
    public Optional<StaffContact> find(String username) {
        return staff.findByUsername(username).map(StaffDirectoryImpl::contact);
    }

    @Override
    public Optional<StaffContact> find(long id) {
        return staff.findById(id).map(StaffDirectoryImpl::contact);
    }

    @Override
    public List<StaffContact> withRole(Role role) {
        return staff.findEnabledByRole(role).stream().map(StaffDirectoryImpl::contact).toList();
    }

    private static StaffContact contact(StaffMember m) {
        return new StaffContact(m.getId(), m.getUsername(), m.getDisplayName(), m.getEmail(), m.getLanguage(),
                m.getTimeZone(), m.getRoles(), m.isEnabled());
    }
}
