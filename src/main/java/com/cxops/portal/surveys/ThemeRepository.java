package com.cxops.portal.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ThemeRepository extends JpaRepository<CommentTheme, Long> {
    List<CommentTheme> findByActiveTrueOrderByCodeAsc();

    List<CommentTheme> findAllByOrderByCodeAsc();

    Optional<CommentTheme> findByCode(String code);
}
